export { type BullMQQueueOptions, createBullMQQueue } from './queue.js';
