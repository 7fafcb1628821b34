ALTER TABLE governance_whistles ADD "RespondingUnitId" character varying(64) COLLATE "C";
