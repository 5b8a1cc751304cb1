package jp.itaku.duty;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DutyFeedRepository extends JpaRepository<DutyFeed, String> {

	Optional<DutyFeed> findByTokenHash(String tokenHash);

}
