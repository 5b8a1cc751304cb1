package jp.itaku;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Itaku: puts the organisation's outsourcing-contractor management regulation (外部委託先管理規程)
 * into practice.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class ItakuApplication {

	public static void main(String[] args) {
		SpringApplication.run(ItakuApplication.class, args);
	}

}
