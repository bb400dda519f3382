package fi.turvaverkko.planning.actionlist.domain;

import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the problems of one measure go: the fields of an API call or a form (refused at once with 400
 * when there are any), or the cells of an imported row (gathered for the whole file).
 */
interface ProblemSink {

    void add(String field, String messageKey, Object... args);

    /** Whether this measure had problems; the API's sink throws them instead of answering. */
    boolean any();

    /** The problems of an API call or a form: {@link #any()} throws them as one 400. */
    static ProblemSink fields() {
        List<Problem> problems = new ArrayList<>();
        return new ProblemSink() {
            @Override
            public void add(String field, String messageKey, Object... args) {
                problems.add(Problem.field(field, messageKey, args));
            }

            @Override
            public boolean any() {
                InvalidInputException.throwIfAny(problems);
                return false;
            }
        };
    }

    /** Field problems gathered into a list the caller throws when it has checked everything. */
    static ProblemSink into(List<Problem> problems) {
        return new ProblemSink() {
            @Override
            public void add(String field, String messageKey, Object... args) {
                problems.add(Problem.field(field, messageKey, args));
            }

            @Override
            public boolean any() {
                return !problems.isEmpty();
            }
        };
    }

    /** The problems of one imported row, added to the file's. */
    static ProblemSink cells(int row, List<Problem> problems) {
        int before = problems.size();
        return new ProblemSink() {
            @Override
            public void add(String field, String messageKey, Object... args) {
                problems.add(Problem.cell(row, field, messageKey, args));
            }

            @Override
            public boolean any() {
                return problems.size() > before;
            }
        };
    }
}
