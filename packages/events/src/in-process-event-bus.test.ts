import { createLogger } from "@plateau/kernel";
import { eventBusContract } from "./event-bus.contract.js";
import { InProcessEventBus } from "./in-process-event-bus.js";

const logger = createLogger({ service: "events-test", level: process.env.LOG_LEVEL === undefined ? "silent" : undefined });

eventBusContract("in-process", { createBus: (options) => new InProcessEventBus({ ...options, logger }) });
