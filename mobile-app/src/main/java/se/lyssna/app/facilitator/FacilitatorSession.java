package se.lyssna.app.facilitator;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import se.lyssna.app.api.ApiException;
import se.lyssna.app.api.FacilitatorClient;
import se.lyssna.app.api.FacilitatorDtos;
import se.lyssna.app.api.QuestionnaireDto;
import se.lyssna.app.api.ResultsDto;

/**
 * The signed-in facilitator: the token (in memory only, never written anywhere) and what was fetched with it, so
 * that moving between a unit's results, an area and the actions does not fetch the same figures again.
 */
public class FacilitatorSession {
    private final FacilitatorClient client;
    private final Map<String, Object> cache = new ConcurrentHashMap<>();
    private volatile String token;

    public FacilitatorSession(FacilitatorClient client) {
        this.client = client;
    }

    public FacilitatorClient client() {
        return client;
    }

    public boolean signedIn() {
        return token != null;
    }

    /** Checks the token against the backend (the rounds it may see) and keeps it; false when refused. */
    public boolean signIn(String pastedToken) throws IOException {
        String candidate = pastedToken == null ? "" : pastedToken.strip().replaceFirst("^(?i)bearer\\s+", "");
        if (candidate.isEmpty()) {
            return false;
        }
        try {
            List<FacilitatorDtos.RoundSummary> rounds = client.rounds(candidate);
            signOut();
            token = candidate;
            cache.put("rounds", rounds);
            return true;
        } catch (ApiException e) {
            if (e.status() == 401 || e.status() == 403) {
                return false;
            }
            throw e;
        }
    }

    /** Forgets the token and everything fetched with it. */
    public void signOut() {
        token = null;
        cache.clear();
    }

    public String token() {
        if (token == null) {
            throw new IllegalStateException("not signed in");
        }
        return token;
    }

    @SuppressWarnings("unchecked")
    public List<FacilitatorDtos.RoundSummary> rounds() throws IOException {
        Object hit = cache.get("rounds");
        if (hit != null) {
            return (List<FacilitatorDtos.RoundSummary>) hit;
        }
        List<FacilitatorDtos.RoundSummary> rounds = client.rounds(token());
        cache.put("rounds", rounds);
        return rounds;
    }

    public Optional<FacilitatorDtos.RoundSummary> round(String roundId) throws IOException {
        return rounds().stream().filter(r -> r.roundId().equals(roundId)).findFirst();
    }

    /** A round's results for a unit, a municipality or (null) the nation; frozen at close, so cached. */
    public ResultsDto results(String roundId, String scopeCode) throws IOException {
        return results(roundId, scopeCode, null);
    }

    /** The same broken down by a background variable (age-band, gender, …; null: the whole scope). */
    public ResultsDto results(String roundId, String scopeCode, String groupBy) throws IOException {
        String key = "results:" + roundId + ":" + scopeCode + ":" + groupBy;
        Object hit = cache.get(key);
        if (hit != null) {
            return (ResultsDto) hit;
        }
        ResultsDto dto = client.results(token(), roundId, scopeCode, groupBy);
        cache.put(key, dto);
        return dto;
    }

    public FacilitatorDtos.Trends trends(String questionnaireKey, String scopeCode) throws IOException {
        String key = "trends:" + questionnaireKey + ":" + scopeCode;
        Object hit = cache.get(key);
        if (hit != null) {
            return (FacilitatorDtos.Trends) hit;
        }
        FacilitatorDtos.Trends dto = client.trends(token(), questionnaireKey, scopeCode);
        cache.put(key, dto);
        return dto;
    }

    public QuestionnaireDto questionnaire(String key, String version, String locale) throws IOException {
        String cacheKey = "questionnaire:" + key + ":" + version + ":" + locale;
        Object hit = cache.get(cacheKey);
        if (hit != null) {
            return (QuestionnaireDto) hit;
        }
        QuestionnaireDto dto = client.questionnaire(key, version, locale);
        cache.put(cacheKey, dto);
        return dto;
    }
}
