package se.lyssna.app.screens.facilitator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import se.lyssna.app.api.ItemDto;
import se.lyssna.app.api.OptionDto;
import se.lyssna.app.api.QuestionnaireDto;
import se.lyssna.app.api.ResultsDto;
import se.lyssna.app.facilitator.Figure;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.nav.Destination;

/** One area's items at the unit: each option's share, the nation's beside it, hidden figures with their reason. */
public class FacilitatorAreaViewModel {

    /** One item: its text, how many answered, and its options; {@code hiddenReason} when the whole item is. */
    public record ItemFigures(String itemId, String text, Integer answers, String hiddenReason,
                              List<OptionRow> options) {
    }

    /** One option: its label, the unit's figure and the nation's percent (null when hidden there). */
    public record OptionRow(String value, String label, String kind, Figure unit, Integer nationPercent) {
    }

    private final FacilitatorContext ctx;
    private final Messages m;
    private final Destination.FacilitatorArea where;
    private final ReadOnlyObjectWrapper<List<ItemFigures>> items = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper unitName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public FacilitatorAreaViewModel(FacilitatorContext ctx, Messages m, Destination.FacilitatorArea where) {
        this.ctx = ctx;
        this.m = m;
        this.where = where;
    }

    public String area() {
        return where.area();
    }

    public ReadOnlyObjectProperty<List<ItemFigures>> itemsProperty() {
        return items.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unitNameProperty() {
        return unitName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public void load() {
        Async.run(ctx, this::fetch, list -> items.set(list),
                e -> error.set(m.format("load.failed", Async.describe(e, m))));
    }

    private List<ItemFigures> fetch() throws IOException {
        ResultsDto unit = ctx.facilitator().results(where.roundId(), where.unitCode());
        ResultsDto nation = ctx.facilitator().results(where.roundId(), null);
        String locale = m.language().tag();
        QuestionnaireDto q = ctx.facilitator().questionnaire(unit.questionnaire().key(),
                unit.questionnaire().version(), locale);
        ctx.ui().execute(() -> unitName.set(unit.scope().name()));
        List<ItemFigures> out = new ArrayList<>();
        for (ItemDto item : q.items()) {
            if (!where.area().equals(item.area())) {
                continue;
            }
            Optional<ResultsDto.ItemResult> result = unit.item(item.id());
            if (result.isEmpty()) {
                continue;   // free text, numbers: no distribution
            }
            ResultsDto.ItemResult r = result.get();
            if (r.hidden()) {
                out.add(new ItemFigures(item.id(), item.text(), r.answers(),
                        r.reason() == null ? "unknown" : r.reason(), List.of()));
                continue;
            }
            Optional<ResultsDto.ItemResult> n = nation.item(item.id()).filter(x -> !x.hidden());
            List<OptionRow> rows = new ArrayList<>();
            for (ResultsDto.OptionFigure o : r.options()) {
                Integer nationPercent = n.flatMap(x -> x.options().stream().filter(y -> o.value().equals(y.value()))
                        .findFirst()).filter(y -> !y.hidden()).map(ResultsDto.OptionFigure::percent).orElse(null);
                Figure figure = o.hidden() ? new Figure.Hidden(o.reason()) : new Figure.Shown(o.percent(), o.count());
                rows.add(new OptionRow(o.value(), labelOf(item, o.value()), o.kind(), figure, nationPercent));
            }
            out.add(new ItemFigures(item.id(), item.text(), r.answers(), null, rows));
        }
        return out;
    }

    private static String labelOf(ItemDto item, String value) {
        if (item.options() != null) {
            for (OptionDto o : item.options()) {
                if (value.equals(o.value())) {
                    return o.label();
                }
            }
        }
        return value;
    }

    public void back() {
        ctx.navigator().go(new Destination.FacilitatorResults(where.roundId(), where.unitCode()));
    }

    public void openActions() {
        ctx.navigator().go(new Destination.FacilitatorActions(where.roundId(), where.unitCode()));
    }
}
