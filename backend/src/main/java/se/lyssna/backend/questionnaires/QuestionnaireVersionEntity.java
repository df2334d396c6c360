package se.lyssna.backend.questionnaires;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import se.lyssna.definitions.Questionnaire;

/** A questionnaire version as recorded in the database, so rounds and responses can refer to it. */
@Entity
@Table(name = "questionnaire_version")
public class QuestionnaireVersionEntity {
    @Id
    private UUID id;
    @Column(nullable = false)
    private String key;
    @Column(nullable = false)
    private String version;
    @Column(nullable = false)
    private String status;
    private boolean national;
    @Column(name = "age_from")
    private int ageFrom;
    @Column(name = "age_to")
    private int ageTo;
    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    protected QuestionnaireVersionEntity() {
    }

    QuestionnaireVersionEntity(Questionnaire questionnaire, String contentHash) {
        this.id = UUID.randomUUID();
        this.key = questionnaire.key();
        this.version = questionnaire.version();
        this.status = questionnaire.status().name();
        this.national = questionnaire.national();
        this.ageFrom = questionnaire.ageBand().from();
        this.ageTo = questionnaire.ageBand().to();
        this.contentHash = contentHash;
    }

    public UUID id() {
        return id;
    }

    public String key() {
        return key;
    }

    public String version() {
        return version;
    }

    public String status() {
        return status;
    }

    public String contentHash() {
        return contentHash;
    }

    void update(Questionnaire questionnaire, String newHash) {
        this.status = questionnaire.status().name();
        this.contentHash = newHash;
    }
}
