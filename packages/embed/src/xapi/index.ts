export { installCapture } from './capture.js';
export { installSender, backoff } from './sender.js';
export { pageBridge, type XapiBridge } from './bridge.js';
export { buildStatement, activityId, findScore, isoDuration, type Statement, type Completion } from './statement.js';
export { lrsConfig, readLrsAttributes, authHeader, type LrsConfig, type Actor } from './config.js';
export { StatementQueue, QUEUE_KEY, REJECTED_KEY, type QueuedStatement } from './queue.js';
