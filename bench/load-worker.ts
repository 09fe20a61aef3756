/** The worker thread behind `LoadWorker`: runs each load it is sent and posts the result back. */
import { parentPort } from "node:worker_threads";
import { runLoad, type LoadSpec } from "./load.js";

if (!parentPort) throw new Error("load-worker.ts runs only as a worker thread (see LoadWorker)");
const port = parentPort;
port.on("message", (spec: LoadSpec) => {
  void runLoad(spec).then((result) => port.postMessage(result));
});
