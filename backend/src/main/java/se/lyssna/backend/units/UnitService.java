package se.lyssna.backend.units;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import se.lyssna.backend.problem.DomainException;

/** Units: the municipalities are loaded from a bundled file on start; care units are added by the survey body. */
@ApplicationScoped
public class UnitService {
    private static final Logger LOG = Logger.getLogger(UnitService.class);
    private static final String MUNICIPALITIES = "units/municipalities.csv";

    private final UnitRepository units;
    private final Map<UUID, UnitViews.UnitFacts> factsById = new ConcurrentHashMap<>();

    UnitService(UnitRepository units) {
        this.units = units;
    }

    @Transactional
    void loadMunicipalities(@Observes StartupEvent start) {
        int added = 0;
        for (String[] row : municipalityRows()) {
            if (units.findByCode(row[0]).isEmpty()) {
                units.persist(new UnitEntity(row[0], row[1], UnitKind.MUNICIPALITY, null));
                added++;
            }
        }
        if (added > 0) {
            LOG.infof("Loaded %d municipalities", added);
        }
    }

    static List<String[]> municipalityRows() {
        InputStream in = UnitService.class.getClassLoader().getResourceAsStream(MUNICIPALITIES);
        if (in == null) {
            throw new IllegalStateException("missing " + MUNICIPALITIES);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().skip(1).map(String::strip).filter(l -> !l.isEmpty()).map(l -> l.split(";"))
                    .forEach(rows::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    @Transactional
    public UnitEntity createCareUnit(UnitViews.NewCareUnit request) {
        UnitKind kind = UnitKind.byKey(request.kind());
        if (kind == UnitKind.MUNICIPALITY) {
            throw DomainException.invalid("Municipalities are loaded from the official list, not created");
        }
        UnitEntity municipality = require(request.municipality());
        if (municipality.kind() != UnitKind.MUNICIPALITY) {
            throw DomainException.invalid("'" + request.municipality() + "' is not a municipality");
        }
        if (units.findByCode(request.code()).isPresent()) {
            throw DomainException.conflict("unit-exists", "A unit with code '" + request.code() + "' already exists");
        }
        UnitEntity unit = new UnitEntity(request.code(), request.name(), kind, municipality.code());
        units.persist(unit);
        return unit;
    }

    public java.util.Optional<UnitEntity> find(String code) {
        return units.findByCode(code);
    }

    public java.util.Optional<UnitEntity> find(java.util.UUID id) {
        return units.findByIdOptional(id);
    }

    public UnitEntity require(String code) {
        return units.findByCode(code).orElseThrow(() -> DomainException.notFound("No unit with code '" + code + "'"));
    }

    /** The unit with this code, as other features read it; "not found" otherwise. */
    public UnitViews.UnitFacts facts(String code) {
        return UnitViews.UnitFacts.of(require(code));
    }

    /**
     * The unit with this ID as other features read it, if there is one. A unit is never changed or removed once
     * added, so its facts are kept once read: every child's redeem asks for its unit (bench/README.md).
     */
    public java.util.Optional<UnitViews.UnitFacts> findFacts(java.util.UUID id) {
        UnitViews.UnitFacts known = factsById.get(id);
        if (known != null) {
            return java.util.Optional.of(known);
        }
        java.util.Optional<UnitViews.UnitFacts> found = units.findByIdOptional(id).map(UnitViews.UnitFacts::of);
        found.ifPresent(facts -> factsById.put(id, facts));
        return found;
    }

    /** The unit with this code, if there is one. */
    public java.util.Optional<UnitViews.UnitFacts> findFacts(String code) {
        return units.findByCode(code).map(UnitViews.UnitFacts::of);
    }

    /** All units as the API shows them, for callers outside this feature. */
    public List<UnitViews.UnitView> views() {
        return all().stream().map(UnitViews.UnitView::of).toList();
    }

    public List<UnitEntity> all() {
        return units.listAll(io.quarkus.panache.common.Sort.by("code"));
    }
}
