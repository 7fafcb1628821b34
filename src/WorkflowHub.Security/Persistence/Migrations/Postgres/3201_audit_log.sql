-- The append-only audit log: who read unmasked personal data or exported, when and why. Triggers refuse changes.

CREATE TABLE security_audit_log (
    "Id" uuid NOT NULL,
    "At" bigint NOT NULL,
    "Action" text COLLATE "C" NOT NULL,
    "ActorPersonId" text COLLATE "C",
    "ActorName" text COLLATE "C" NOT NULL,
    "Entity" text COLLATE "C" NOT NULL,
    "EntityId" text COLLATE "C" NOT NULL,
    "Fields" text COLLATE "C" NOT NULL,
    "Reason" text COLLATE "C" NOT NULL,
    CONSTRAINT "PK_security_audit_log" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_security_audit_log_At" ON security_audit_log ("At");

CREATE INDEX "IX_security_audit_log_Entity_EntityId" ON security_audit_log ("Entity", "EntityId");

CREATE INDEX "IX_security_audit_log_ActorPersonId" ON security_audit_log ("ActorPersonId");

CREATE FUNCTION security_audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'security_audit_log is append-only: entries cannot be %', CASE TG_OP WHEN 'UPDATE' THEN 'changed' ELSE 'deleted' END;
END;
$$;

CREATE TRIGGER security_audit_log_no_update BEFORE UPDATE ON security_audit_log
    FOR EACH ROW EXECUTE FUNCTION security_audit_log_refuse_change();

CREATE TRIGGER security_audit_log_no_delete BEFORE DELETE ON security_audit_log
    FOR EACH ROW EXECUTE FUNCTION security_audit_log_refuse_change();
