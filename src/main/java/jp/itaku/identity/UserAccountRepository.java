package jp.itaku.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

	Optional<UserAccount> findByUsername(String username);

	Optional<UserAccount> findByExternalSubject(String externalSubject);

	/** Accounts whose user name, display name or e-mail contains {@code text}. */
	@Query("""
			select u from UserAccount u
			where :text = ''
			   or lower(u.username) like concat('%', :text, '%')
			   or lower(u.displayName) like concat('%', :text, '%')
			   or lower(coalesce(u.email, '')) like concat('%', :text, '%')
			""")
	Page<UserAccount> search(@Param("text") String lowerCaseText, Pageable pageable);

	@Query("select distinct u from UserAccount u join u.roles r where u.enabled = true and r in :roles order by u.username")
	List<UserAccount> findEnabledWithAny(@Param("roles") Collection<Role> roles);

	@Query("select count(u) from UserAccount u where u.enabled = true and :role member of u.roles")
	long countEnabledWith(@Param("role") Role role);

	List<UserAccount> findByContractorIdAndEnabledTrueOrderByUsername(UUID contractorId);

}
