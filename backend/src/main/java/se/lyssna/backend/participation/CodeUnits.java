package se.lyssna.backend.participation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import se.lyssna.backend.problem.DomainException;

/**
 * The unit a child's code belongs to, so that the code from the letter (even after use) opens that unit's published
 * results without the app ever storing the unit. It never consumes the code, shares redemption's guessing throttle
 * (a wrong code here counts as a wrong code there), and tells no more than redemption does: an unknown code gets
 * redemption's 404, a voided one its 410, and whether a known code was used is not said at all.
 */
@ApplicationScoped
public class CodeUnits {
    private final CodeRows codes;
    private final CodeHasher hasher;
    private final CodeGuessingGuard guard;

    CodeUnits(CodeRows codes, CodeHasher hasher, CodeGuessingGuard guard) {
        this.codes = codes;
        this.hasher = hasher;
        this.guard = guard;
    }

    /** The ID of the code's unit; 429 while this client is throttled, 404 unknown, 410 voided. */
    public UUID unitOf(String typedCode, String clientAddress) {
        CodeRows.Code row = known(codes, hasher, guard, typedCode, clientAddress);
        if (row.voided()) {
            throw new DomainException(DomainException.Kind.CLOSED, "code-voided", "Code voided", "This code has"
                    + " been replaced by a new letter. Ask the adult who gave it to you for the new one.");
        }
        return row.unitId();
    }

    /**
     * The code's row, for redemption and for results alike, so that both throttle and answer a wrong code the same
     * way: 429 while this client is throttled; an unknown code counts as a wrong guess and is a 404.
     */
    static CodeRows.Code known(CodeRows codes, CodeHasher hasher, CodeGuessingGuard guard, String typedCode,
                               String clientAddress) {
        guard.checkAllowed(clientAddress);
        String code = CodeFormat.normalise(typedCode);
        CodeRows.Code row = CodeFormat.isWellFormed(code) ? codes.byHash(hasher.hash(code)).orElse(null) : null;
        if (row == null) {
            guard.recordFailure(clientAddress);
            throw DomainException.notFound("We could not find this code. Check the letter: the code has 12 letters"
                    + " and digits, like K7QM-3XTB-9HWP.");
        }
        return row;
    }
}
