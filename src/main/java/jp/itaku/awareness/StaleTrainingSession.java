package jp.itaku.awareness;

import java.util.UUID;

import jp.itaku.shared.ConflictException;

/** The session changed since the caller read it (409, optimistic locking). */
public class StaleTrainingSession extends ConflictException {

	StaleTrainingSession(UUID id) {
		super("awareness session " + id + " changed meanwhile", "error.conflict");
	}

}
