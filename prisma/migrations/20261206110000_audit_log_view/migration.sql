-- The workspace audit log as one list: its own entries plus the credential history, which stays
-- in CredentialEvent (append-only) and is mapped here rather than copied. lib/audit reads it.
CREATE VIEW "AuditLogEntry" AS
SELECT
    "id",
    "workspaceId",
    "action",
    "actorId",
    NULL::TEXT AS "actorName",
    "actorEmail",
    "targetType",
    "targetId",
    "targetLabel",
    "clientAddress",
    "userAgent",
    "detail",
    "createdAt"
FROM "AuditEvent"
UNION ALL
SELECT
    "id",
    "workspaceId",
    'credential.' || "type",
    "actorId",
    "actorName",
    NULL::TEXT,
    'credential',
    "credentialId"::TEXT,
    "credentialName",
    NULL::TEXT,
    NULL::TEXT,
    CASE WHEN "outcome" IS NULL THEN "detail"
         ELSE jsonb_build_object('outcome', "outcome") || COALESCE("detail", '{}'::JSONB) END,
    "createdAt"
FROM "CredentialEvent";
