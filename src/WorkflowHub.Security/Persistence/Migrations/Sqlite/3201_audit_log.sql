CREATE TABLE "security_audit_log" (
     "Id" TEXT NOT NULL CONSTRAINT "PK_security_audit_log" PRIMARY KEY,
     "At" INTEGER NOT NULL,
     "Action" TEXT NOT NULL,
     "ActorPersonId" TEXT NULL,
     "ActorName" TEXT NOT NULL,
     "Entity" TEXT NOT NULL,
     "EntityId" TEXT NOT NULL,
     "Fields" TEXT NOT NULL,
     "Reason" TEXT NOT NULL
 );

CREATE INDEX "IX_security_audit_log_At" ON "security_audit_log" ("At");

CREATE INDEX "IX_security_audit_log_Entity_EntityId" ON "security_audit_log" ("Entity", "EntityId");

CREATE INDEX "IX_security_audit_log_ActorPersonId" ON "security_audit_log" ("ActorPersonId");

CREATE TRIGGER "security_audit_log_no_update" BEFORE UPDATE ON "security_audit_log"
BEGIN
    SELECT RAISE(ABORT, 'security_audit_log is append-only: entries cannot be changed');
END;

CREATE TRIGGER "security_audit_log_no_delete" BEFORE DELETE ON "security_audit_log"
BEGIN
    SELECT RAISE(ABORT, 'security_audit_log is append-only: entries cannot be deleted');
END;
