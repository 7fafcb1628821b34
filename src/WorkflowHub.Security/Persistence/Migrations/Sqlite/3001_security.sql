-- Security: staff accounts (linked to governance people), API keys kept as hashes, token signing keys, resident sign-in attempts.

CREATE TABLE "security_accounts" (
     "Id" TEXT NOT NULL CONSTRAINT "PK_security_accounts" PRIMARY KEY,
     "UserName" TEXT NOT NULL,
     "NormalizedUserName" TEXT NOT NULL,
     "PersonId" TEXT NOT NULL,
     "PasswordHash" TEXT NOT NULL,
     "SecurityStamp" TEXT NOT NULL,
     "FailedLogins" INTEGER NOT NULL,
     "LockedUntil" INTEGER NULL,
     "TotpSecret" BLOB NULL,
     "PendingTotpSecret" BLOB NULL,
     "LastTotpStep" INTEGER NOT NULL,
     "Disabled" INTEGER NOT NULL,
     "CreatedAt" INTEGER NOT NULL
 );

CREATE UNIQUE INDEX "IX_security_accounts_NormalizedUserName" ON "security_accounts" ("NormalizedUserName");

CREATE INDEX "IX_security_accounts_PersonId" ON "security_accounts" ("PersonId");

CREATE TABLE "security_api_keys" (
     "Id" TEXT NOT NULL CONSTRAINT "PK_security_api_keys" PRIMARY KEY,
     "Name" TEXT NOT NULL,
     "Prefix" TEXT NOT NULL,
     "SecretHash" BLOB NOT NULL,
     "PersonId" TEXT NOT NULL,
     "CreatedBy" TEXT NOT NULL,
     "CreatedAt" INTEGER NOT NULL,
     "RevokedAt" INTEGER NULL
 );

CREATE UNIQUE INDEX "IX_security_api_keys_Prefix" ON "security_api_keys" ("Prefix");

CREATE TABLE "security_signing_keys" (
     "Id" TEXT NOT NULL CONSTRAINT "PK_security_signing_keys" PRIMARY KEY,
     "Key" BLOB NOT NULL,
     "CreatedAt" INTEGER NOT NULL
 );

CREATE TABLE "security_resident_attempts" (
     "TrackingCode" TEXT NOT NULL CONSTRAINT "PK_security_resident_attempts" PRIMARY KEY,
     "Failed" INTEGER NOT NULL,
     "LockedUntil" INTEGER NULL
 );
