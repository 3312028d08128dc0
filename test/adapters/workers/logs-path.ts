// Where the contract Worker hands over its log lines (contract-worker.ts, workerd-driver.ts).
export const LOGS_PATH = '/__contract-logs'
