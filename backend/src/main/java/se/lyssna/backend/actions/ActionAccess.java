package se.lyssna.backend.actions;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import se.lyssna.backend.problem.ApiProblem;
import se.lyssna.backend.security.CallerUnits;
import se.lyssna.backend.security.Roles;

/**
 * Who may do what with a unit's actions. The council owns its actions: only facilitators of the unit record and
 * change them. The survey body reads all of them but writes none, so that what children are told was done is
 * always the council's own word.
 */
@RequestScoped
public class ActionAccess {
    private final CallerUnits callerUnits;
    private final JsonWebToken token;

    ActionAccess(CallerUnits callerUnits, JsonWebToken token) {
        this.callerUnits = callerUnits;
        this.token = token;
    }

    /** Facilitators of the unit and survey-admin; 403 otherwise. */
    public void requireRead(String unitCode) {
        callerUnits.requireAccessTo(unitCode);
    }

    /** Facilitators of the unit only; 403 with a reason for survey-admin. */
    public void requireWrite(String unitCode) {
        if (token.getGroups().contains(Roles.FACILITATOR) && callerUnits.units().contains(unitCode)) {
            return;
        }
        if (callerUnits.isAdmin()) {
            throw new ApiProblem(403, "forbidden", "Forbidden", "Actions belong to the unit's children's council:"
                    + " only its facilitators record and change them; survey-admin can read them");
        }
        throw new ForbiddenException("not your unit");
    }
}
