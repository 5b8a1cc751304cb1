package jp.itaku.regulation;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Two nodes starting together: the one whose insert of version 1 breaks the key starts
 * all the same, leaving the other's version.
 */
class InitialRegulationRaceTests {

	@Test
	void aNodeThatLosesTheRaceForVersionOneStillStarts() {
		Regulation regulation = mock(Regulation.class);
		given(regulation.loadInitialIfNone()).willThrow(new DuplicateKeyException("regulation_version pkey"));
		assertThatNoException().isThrownBy(() -> new InitialRegulation(regulation).run(null));
	}

}
