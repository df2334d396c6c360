package se.lyssna.app.screens.facilitator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import se.lyssna.app.api.ApiException;
import se.lyssna.app.api.FacilitatorDtos;
import se.lyssna.app.api.ItemDto;
import se.lyssna.app.api.QuestionnaireDto;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.nav.Destination;

/**
 * The unit's "you said, we did" actions: the list, a form for a new one, and status changes. The backend screens
 * every text for personal data; its 422 violations are shown next to the field they name.
 */
public class FacilitatorActionsViewModel {
    public static final List<String> AREAS = List.of("bemotande", "delaktighet", "sociala-relationer", "trygghet",
            "halsa-omsorg", "utbildning", "fritid", "sjalvstandighet");
    public static final List<String> STATUSES = List.of("planned", "in-progress", "done");

    private final FacilitatorContext ctx;
    private final Messages m;
    private final Destination.FacilitatorActions where;
    private final ReadOnlyObjectWrapper<List<FacilitatorDtos.Action>> actions = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<ItemDto>> items = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper unitName = new ReadOnlyStringWrapper("");
    private final ObjectProperty<String> area = new SimpleObjectProperty<>(AREAS.get(0));
    private final ObjectProperty<String> item = new SimpleObjectProperty<>();
    private final StringProperty youSaid = new SimpleStringProperty("");
    private final StringProperty weDecided = new SimpleStringProperty("");
    private final StringProperty weDid = new SimpleStringProperty("");
    private final StringProperty responsible = new SimpleStringProperty("");
    private final ObjectProperty<String> status = new SimpleObjectProperty<>("planned");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    /** Problems with a status change, by action ID. */
    private final ObservableMap<String, String> actionErrors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final MeetingPdf pdf;
    private QuestionnaireDto questionnaire;

    public FacilitatorActionsViewModel(FacilitatorContext ctx, Messages m, Destination.FacilitatorActions where) {
        this.ctx = ctx;
        this.m = m;
        this.where = where;
        this.pdf = new MeetingPdf(ctx, m, where.roundId(), where.unitCode());
        area.addListener((o, a, b) -> {
            item.set(null);
            items.set(itemsOf(b));
        });
    }

    public ReadOnlyObjectProperty<List<FacilitatorDtos.Action>> actionsProperty() {
        return actions.getReadOnlyProperty();
    }

    /** The items of the chosen area, for the optional item choice. */
    public ReadOnlyObjectProperty<List<ItemDto>> itemsProperty() {
        return items.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unitNameProperty() {
        return unitName.getReadOnlyProperty();
    }

    public ObjectProperty<String> areaProperty() {
        return area;
    }

    public ObjectProperty<String> itemProperty() {
        return item;
    }

    public StringProperty youSaidProperty() {
        return youSaid;
    }

    public StringProperty weDecidedProperty() {
        return weDecided;
    }

    public StringProperty weDidProperty() {
        return weDid;
    }

    public StringProperty responsibleProperty() {
        return responsible;
    }

    public ObjectProperty<String> statusProperty() {
        return status;
    }

    /** The backend's message per field (youSaid, weDecided, weDid, responsible, area, item, status, round). */
    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public ObservableMap<String, String> actionErrors() {
        return actionErrors;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public MeetingPdf pdf() {
        return pdf;
    }

    public void load() {
        Async.run(ctx, () -> {
            var session = ctx.facilitator();
            var round = session.round(where.roundId());
            if (round.isPresent()) {
                questionnaire = session.questionnaire(round.get().questionnaireKey(),
                        round.get().questionnaireVersion(), m.language().tag());
                round.get().units().stream().filter(u -> u.code().equals(where.unitCode())).findFirst()
                        .ifPresent(u -> ctx.ui().execute(() -> unitName.set(u.name())));
            }
            return session.client().actions(session.token(), where.unitCode());
        }, list -> {
            actions.set(list);
            items.set(itemsOf(area.get()));
        }, e -> message.set(m.format("load.failed", Async.describe(e, m))));
    }

    private List<ItemDto> itemsOf(String areaKey) {
        if (questionnaire == null || areaKey == null) {
            return List.of();
        }
        return questionnaire.items().stream().filter(i -> areaKey.equals(i.area())).toList();
    }

    /** POST the new action; on 422 the violations go next to their fields and nothing is cleared. */
    public void save() {
        FacilitatorDtos.NewAction body = new FacilitatorDtos.NewAction(where.roundId(), area.get(),
                blankToNull(item.get()), youSaid.get(), weDecided.get(), blankToNull(weDid.get()),
                responsible.get(), status.get());
        fieldErrors.clear();
        message.set(m.get("actions.saving"));
        busy.set(true);
        Async.run(ctx, () -> ctx.facilitator().client().createAction(ctx.facilitator().token(), where.unitCode(),
                body), created -> {
                    busy.set(false);
                    youSaid.set("");
                    weDecided.set("");
                    weDid.set("");
                    message.set(m.get("actions.saved"));
                    reloadList();
                }, e -> {
                    busy.set(false);
                    fieldErrors.putAll(violations(e));
                    message.set(fieldErrors.isEmpty() ? m.format("load.failed", Async.describe(e, m))
                            : m.get("actions.refused"));
                });
    }

    /** PATCH the status; "done" needs "we did", which the backend asks for when it is missing. */
    public void changeStatus(String actionId, String newStatus) {
        actionErrors.remove(actionId);
        Async.run(ctx, () -> ctx.facilitator().client().patchAction(ctx.facilitator().token(), where.unitCode(),
                actionId, Map.of("status", newStatus)), changed -> {
                    message.set(m.get("actions.status.changed"));
                    reloadList();
                }, e -> {
                    Map<String, String> v = violations(e);
                    actionErrors.put(actionId, v.isEmpty() ? Async.describe(e, m) : String.join(" ", v.values()));
                    reloadList();
                });
    }

    private void reloadList() {
        Async.run(ctx, () -> ctx.facilitator().client().actions(ctx.facilitator().token(), where.unitCode()),
                actions::set, e -> message.set(m.format("load.failed", Async.describe(e, m))));
    }

    private static Map<String, String> violations(Exception e) {
        Map<String, String> out = new LinkedHashMap<>();
        if (e instanceof ApiException) {
            ((ApiException) e).problem().ifPresent(p -> p.violationsOrEmpty().forEach(v ->
                    out.merge(v.field() == null ? "" : v.field(), v.message(), (a, b) -> a + " " + b)));
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public void back() {
        ctx.navigator().go(new Destination.FacilitatorResults(where.roundId(), where.unitCode()));
    }
}
