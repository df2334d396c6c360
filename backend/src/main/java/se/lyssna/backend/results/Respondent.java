package se.lyssna.backend.results;

import java.util.List;
import java.util.Map;

/** One stored response as aggregation sees it: its unit, background bands and answers. Never leaves the server. */
public record Respondent(String unit, Map<String, String> background, Map<String, List<String>> answers) {
}
