package se.rus.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.locks.ReentrantLock;

/**
 * One event is applied at a time, and not at all while a rebuild replays the topics: otherwise a
 * live consumer could apply a newer state that the replay would then overwrite with an older one.
 */
@ApplicationScoped
public class ProjectionGate {

    private final ReentrantLock lock = new ReentrantLock(true);

    public void run(Runnable work) {
        lock.lock();
        try {
            work.run();
        } finally {
            lock.unlock();
        }
    }
}
