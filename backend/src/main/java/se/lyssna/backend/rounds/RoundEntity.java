package se.lyssna.backend.rounds;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** One yearly round over a set of units, with one questionnaire version per age band. */
@Entity
@Table(name = "round")
public class RoundEntity {
    @Id
    private UUID id;
    @Column(nullable = false)
    private String name;
    @Column(name = "questionnaire_version_id", nullable = false)
    private UUID questionnaireVersionId;
    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;
    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;
    private int threshold;
    private boolean closed;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "round_unit", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "unit_id")
    private Set<UUID> unitIds = new HashSet<>();
    // Its own select, not joined with the units: a national round has thousands of units, and joining both
    // collections would load units × bands rows on every submission.
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "round_band", joinColumns = @JoinColumn(name = "round_id"))
    @OrderBy("minAge")
    private List<RoundBandColumns> bands = new ArrayList<>();

    protected RoundEntity() {
    }

    /** {@code questionnaireVersionId} is the version old one-version readers get: see {@link RoundService}. */
    RoundEntity(String name, List<RoundBandColumns> bands, UUID questionnaireVersionId, LocalDate opensOn,
                LocalDate closesOn, int threshold, Set<UUID> unitIds) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.bands = new ArrayList<>(bands);
        this.questionnaireVersionId = questionnaireVersionId;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.threshold = threshold;
        this.unitIds = new HashSet<>(unitIds);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    /**
     * The one version of a round for readers that know only one (results until they publish per band): the only
     * band's version, or the 13–17 one.
     */
    public UUID questionnaireVersionId() {
        return questionnaireVersionId;
    }

    /** The round's age bands, youngest first; never empty, never overlapping. */
    public List<RoundBand> bands() {
        return bands.stream().map(RoundBandColumns::read).sorted(Comparator.comparingInt(RoundBand::minAge)).toList();
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    public int threshold() {
        return threshold;
    }

    public boolean closed() {
        return closed;
    }

    public Set<UUID> unitIds() {
        return Set.copyOf(unitIds);
    }

    RoundState stateOn(LocalDate today) {
        return RoundState.of(closed, opensOn, closesOn, today);
    }

    void close() {
        this.closed = true;
    }
}
