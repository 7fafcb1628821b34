-- Security: staff accounts (linked to governance people), API keys kept as hashes, token signing keys, resident sign-in attempts.

CREATE TABLE security_accounts (
    "Id" uuid NOT NULL,
    "UserName" character varying(100) COLLATE "C" NOT NULL,
    "NormalizedUserName" character varying(100) COLLATE "C" NOT NULL,
    "PersonId" character varying(64) COLLATE "C" NOT NULL,
    "PasswordHash" text COLLATE "C" NOT NULL,
    "SecurityStamp" character varying(64) COLLATE "C" NOT NULL,
    "FailedLogins" integer NOT NULL,
    "LockedUntil" bigint,
    "TotpSecret" bytea,
    "PendingTotpSecret" bytea,
    "LastTotpStep" bigint NOT NULL,
    "Disabled" boolean NOT NULL,
    "CreatedAt" bigint NOT NULL,
    CONSTRAINT "PK_security_accounts" PRIMARY KEY ("Id")
);

CREATE TABLE security_api_keys (
    "Id" uuid NOT NULL,
    "Name" character varying(200) COLLATE "C" NOT NULL,
    "Prefix" character varying(32) COLLATE "C" NOT NULL,
    "SecretHash" bytea NOT NULL,
    "PersonId" character varying(64) COLLATE "C" NOT NULL,
    "CreatedBy" uuid NOT NULL,
    "CreatedAt" bigint NOT NULL,
    "RevokedAt" bigint,
    CONSTRAINT "PK_security_api_keys" PRIMARY KEY ("Id")
);

CREATE TABLE security_resident_attempts (
    "TrackingCode" character varying(32) COLLATE "C" NOT NULL,
    "Failed" integer NOT NULL,
    "LockedUntil" bigint,
    CONSTRAINT "PK_security_resident_attempts" PRIMARY KEY ("TrackingCode")
);

CREATE TABLE security_signing_keys (
    "Id" character varying(64) COLLATE "C" NOT NULL,
    "Key" bytea NOT NULL,
    "CreatedAt" bigint NOT NULL,
    CONSTRAINT "PK_security_signing_keys" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_security_accounts_NormalizedUserName" ON security_accounts ("NormalizedUserName");

CREATE INDEX "IX_security_accounts_PersonId" ON security_accounts ("PersonId");

CREATE UNIQUE INDEX "IX_security_api_keys_Prefix" ON security_api_keys ("Prefix");
