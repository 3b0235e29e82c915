/**
 * Keeping the tslab kernel alive while a notebook updates its output often.
 *
 * tslab sends every Jupyter message with zeromq's `send` and does not wait for the previous
 * one to finish. zeromq 6 allows one send at a time per socket and throws "Socket is busy
 * writing" otherwise; when that happens inside tslab's own message handling, the kernel dies.
 * Live training progress updates an output many times a minute, which makes the overlap
 * likely enough to lose a notebook run now and then. Queuing the sends, one after the other
 * per socket, removes the overlap.
 */

/** A socket class with zeromq 6's promise-returning `send`. */
export interface SendingSocketClass {
  prototype: { send(message: unknown): Promise<void> };
}

const QUEUED = Symbol('course: sends queued');

/** Make every socket of these classes wait for its previous send before starting the next. */
export function queueSends(classes: SendingSocketClass[]): void {
  for (const socketClass of classes) {
    const prototype = socketClass.prototype as SendingSocketClass['prototype'] & { [QUEUED]?: true };
    if (prototype[QUEUED]) continue;
    const send = prototype.send;
    const pending = new WeakMap<object, Promise<void>>();
    function queuedSend(this: object, message: unknown): Promise<void> {
      const sent = (pending.get(this) ?? Promise.resolve()).then(() => send.call(this, message));
      // The next send waits for this one whether it worked or not; tslab ignores the result,
      // so a failed send must not become an unhandled rejection that ends the kernel either.
      const settled = sent.catch(() => undefined);
      pending.set(this, settled);
      return settled;
    }
    // zeromq defines `send` read-only on its base class, so plain assignment would fail.
    Object.defineProperty(prototype, 'send', { value: queuedSend, writable: true, configurable: true });
    prototype[QUEUED] = true;
  }
}

/**
 * Queue the sends of the sockets tslab uses: the publisher for outputs, the routers for replies,
 * and the reply socket of the heartbeat. tslab answers each heartbeat without waiting; when the
 * kernel shuts down while an answer is on its way, that send fails with "Socket is closed"
 * (EBADF), and tslab printed it with a stack trace under a notebook that had finished well.
 * Queued, the failure ends quietly.
 */
export function queueKernelSends(): void {
  let zmq: { Publisher: SendingSocketClass; Router: SendingSocketClass; Reply: SendingSocketClass };
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    zmq = require('zeromq');
  } catch {
    return; // no zeromq (not under tslab): nothing to protect
  }
  queueSends([zmq.Publisher, zmq.Router, zmq.Reply]);
}
