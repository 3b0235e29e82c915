import { expect } from 'chai';
import { queueKernelSends, queueSends } from '../lib/engine/kernelSends';

/** Behaves like a zeromq 6 socket: one send at a time, a second one throws while it is busy. */
function fakeSocketClass() {
  return class FakeSocket {
    busy = false;
    delivered: unknown[] = [];
    send(message: unknown): Promise<void> {
      if (this.busy) throw new Error('Socket is busy writing; only one send operation may be in progress at any time');
      this.busy = true;
      return new Promise((resolve, reject) =>
        setImmediate(() => {
          this.busy = false;
          if (message === 'fail') reject(new Error('send failed'));
          else {
            this.delivered.push(message);
            resolve();
          }
        }),
      );
    }
  };
}

describe('queued kernel sends', () => {
  it('an unqueued socket throws when a second send starts before the first ends (the kernel crash)', () => {
    const socket = new (fakeSocketClass())();
    void socket.send('a');
    expect(() => socket.send('b')).to.throw(/Socket is busy writing/);
  });

  it('queued sends go out one after the other, in order, even when a send fails', async () => {
    const Socket = fakeSocketClass();
    queueSends([Socket]);
    queueSends([Socket]); // a second call changes nothing
    const socket = new Socket();
    const other = new Socket();
    let last: Promise<void> = Promise.resolve();
    for (const message of ['a', 'b', 'fail', 'c', 'd']) last = socket.send(message);
    const otherDone = other.send('x'); // another socket has its own queue
    await Promise.all([last, otherDone]);
    expect(socket.delivered).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(other.delivered).to.deep.equal(['x']);
  });

  it("queues the sends of zeromq's publisher, router and reply (heartbeat) sockets, which tslab uses", () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const zmq = require('zeromq');
    queueKernelSends();
    expect(zmq.Publisher.prototype.send.name).to.equal('queuedSend');
    expect(zmq.Router.prototype.send.name).to.equal('queuedSend');
    expect(zmq.Reply.prototype.send.name).to.equal('queuedSend');
  });

  it('a heartbeat answer sent after the socket closed (kernel shutdown) ends quietly, not as an unhandled rejection', async () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const zmq = require('zeromq');
    queueKernelSends();
    // zeromq's own send, kept on the base class: on a closed socket it fails, which is the trace we saw.
    const original = Object.getPrototypeOf(zmq.Reply.prototype).send as (m: unknown) => Promise<void>;
    const closed = new zmq.Reply();
    closed.close();
    let raw: unknown;
    try {
      await original.call(closed, ['ping']);
    } catch (error) {
      raw = error;
    }
    expect(String(raw)).to.match(/closed/i);
    const heartbeat = new zmq.Reply();
    heartbeat.close();
    await heartbeat.send(['ping']); // queued: resolves, nothing left unhandled
  });
});
