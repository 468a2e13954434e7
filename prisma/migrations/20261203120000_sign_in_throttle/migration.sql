-- Failed sign-ins per (account, client address) and per client address: the growing delay of
-- lib/auth/sign-in-throttle.ts. Rows are forgotten a day after their last failure.
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "lastFailureAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);

CREATE INDEX "SignInThrottle_lastFailureAt_idx" ON "SignInThrottle"("lastFailureAt");

-- Security events of the whole install, outside any workspace (throttled sign-ins), append-only
-- like the credential audit trail.
CREATE TABLE "SecurityEvent" (
    "id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "userId" TEXT,
    "email" TEXT,
    "clientAddress" TEXT,
    "detail" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SecurityEvent_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "SecurityEvent_createdAt_idx" ON "SecurityEvent"("createdAt");
CREATE INDEX "SecurityEvent_userId_createdAt_idx" ON "SecurityEvent"("userId", "createdAt");

CREATE FUNCTION "SecurityEvent_append_only"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'The security event log is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "SecurityEvent_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "SecurityEvent"
  FOR EACH ROW EXECUTE FUNCTION "SecurityEvent_append_only"();
