package id.meritasn.support;

import id.meritasn.shared.checkpoint.Checkpoints;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;

/**
 * The tests' checkpoints: an action to run at a point (throw to simulate a crash there) and gates to hold (an outage
 * of a background worker). Shared by every test of one Spring context, so a test that arms a point or closes a gate
 * puts it back when it ends.
 */
public final class ScriptedCheckpoints implements Checkpoints {

    private final Map<Point, LongConsumer> actions = new ConcurrentHashMap<>();
    private final Set<Gate> closed = ConcurrentHashMap.newKeySet();

    public ScriptedCheckpoints(Set<Gate> closedAtStart) {
        closed.addAll(closedAtStart);
    }

    /** Runs the action, with the progress, each time the work reaches the point. */
    public void at(Point point, LongConsumer action) {
        actions.put(point, action);
    }

    /** The point passes through again. */
    public void clear(Point point) {
        actions.remove(point);
    }

    public void close(Gate... gates) {
        closed.addAll(Set.of(gates));
    }

    public void open(Gate... gates) {
        closed.removeAll(Set.of(gates));
    }

    @Override
    public void reached(Point point, long progress) {
        LongConsumer action = actions.get(point);
        if (action != null) {
            action.accept(progress);
        }
    }

    @Override
    public boolean open(Gate gate) {
        return !closed.contains(gate);
    }
}
