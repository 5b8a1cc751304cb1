package jp.itaku.archfixtures;

import java.util.UUID;

import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

/**
 * Deliberately a public repository. {@code @NoRepositoryBean} keeps Spring Data from
 * creating it.
 */
@NoRepositoryBean
public interface PublicRepository extends Repository<Object, UUID> {

}
