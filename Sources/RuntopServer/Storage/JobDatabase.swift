import Foundation
import GRDB

/// Opens the SQLite file (WAL, synchronous commits) and creates the schema.
enum JobDatabase {
    /// Opens (or creates) the database at `path` and migrates it to the current schema.
    static func open(path: String) throws -> DatabasePool {
        var configuration = Configuration()
        configuration.prepareDatabase { database in
            // WAL is DatabasePool's journal mode; FULL makes every commit durable before it returns.
            try database.execute(sql: "PRAGMA synchronous = FULL")
        }
        configuration.busyMode = .timeout(5)
        let pool = try DatabasePool(path: path, configuration: configuration)
        try migrator.migrate(pool)
        return pool
    }

    /// The schema, one migration per version.
    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { database in
            try database.execute(
                sql: """
                    CREATE TABLE job (
                        ordinal INTEGER PRIMARY KEY AUTOINCREMENT,
                        id TEXT NOT NULL UNIQUE,
                        type TEXT NOT NULL,
                        status TEXT NOT NULL,
                        retries INTEGER NOT NULL DEFAULT 0,
                        last_checkpoint_step INTEGER NOT NULL DEFAULT 0,
                        output_model_id TEXT,
                        created_at REAL NOT NULL,
                        started_at REAL,
                        finished_at REAL,
                        idempotency_key TEXT NOT NULL UNIQUE,
                        request_fingerprint TEXT NOT NULL,
                        base_model_id TEXT,
                        source_model_id TEXT,
                        dataset_id TEXT,
                        hyperparams TEXT NOT NULL,
                        current_step INTEGER NOT NULL DEFAULT 0,
                        total_steps INTEGER NOT NULL,
                        error TEXT,
                        log_sequence INTEGER NOT NULL DEFAULT 0,
                        steps_executed INTEGER NOT NULL DEFAULT 0,
                        next_action_at REAL NOT NULL,
                        profile TEXT NOT NULL
                    );
                    CREATE INDEX job_status ON job(status);
                    CREATE TABLE metric_point (
                        job_id TEXT NOT NULL,
                        step INTEGER NOT NULL,
                        phase TEXT NOT NULL,
                        ts REAL NOT NULL,
                        cycle INTEGER,
                        loss REAL,
                        lr REAL,
                        throughput REAL,
                        vram_gb REAL,
                        grad_norm REAL,
                        PRIMARY KEY (job_id, step, phase)
                    ) WITHOUT ROWID;
                    CREATE TABLE log_line (
                        job_id TEXT NOT NULL,
                        seq INTEGER NOT NULL,
                        ts REAL NOT NULL,
                        stream TEXT NOT NULL,
                        text TEXT NOT NULL,
                        PRIMARY KEY (job_id, seq)
                    ) WITHOUT ROWID;
                    CREATE TABLE event (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        job_id TEXT NOT NULL,
                        ts REAL NOT NULL,
                        kind TEXT NOT NULL,
                        payload TEXT
                    );
                    CREATE INDEX event_job ON event(job_id, id);
                    CREATE TABLE result (
                        job_id TEXT PRIMARY KEY NOT NULL,
                        body TEXT NOT NULL
                    ) WITHOUT ROWID;
                    """
            )
        }
        migrator.registerMigration("v2-dreadnode") { database in
            // What a Dreadnode create body said beyond the shared job model (backend, trainer type, refs…).
            try database.execute(
                sql: """
                    CREATE TABLE dreadnode_job (
                        job_id TEXT PRIMARY KEY NOT NULL,
                        organization TEXT NOT NULL,
                        workspace TEXT NOT NULL,
                        body TEXT NOT NULL
                    ) WITHOUT ROWID;
                    """
            )
        }
        migrator.registerMigration("v3-ingestion") { database in
            // The artifacts an external trainer uploaded with `PUT /jobs/{id}/artifacts` (FusionArtifacts JSON).
            try database.execute(
                sql: """
                    CREATE TABLE artifact (
                        job_id TEXT PRIMARY KEY NOT NULL,
                        body TEXT NOT NULL
                    ) WITHOUT ROWID;
                    """
            )
        }
        migrator.registerMigration("v4-tinker") { database in
            // What Tinker clients changed about a checkpoint (published, expiry, deletion), and the archive
            // download links handed out (a token valid until expires_at).
            try database.execute(
                sql: """
                    CREATE TABLE tinker_checkpoint (
                        job_id TEXT NOT NULL,
                        checkpoint_id TEXT NOT NULL,
                        is_public INTEGER NOT NULL DEFAULT 0,
                        expires_at REAL,
                        deleted_at REAL,
                        PRIMARY KEY (job_id, checkpoint_id)
                    ) WITHOUT ROWID;
                    CREATE TABLE tinker_archive_link (
                        token TEXT PRIMARY KEY NOT NULL,
                        job_id TEXT NOT NULL,
                        checkpoint_id TEXT NOT NULL,
                        expires_at REAL NOT NULL
                    ) WITHOUT ROWID;
                    """
            )
        }
        return migrator
    }
}
