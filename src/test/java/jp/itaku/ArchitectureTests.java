package jp.itaku;

import java.util.Calendar;
import java.util.Date;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaWildcardType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import jakarta.persistence.Entity;
import jp.itaku.archfixtures.ConsolePrinter;
import jp.itaku.archfixtures.FieldInjectedService;
import jp.itaku.archfixtures.LegacyDates;
import jp.itaku.archfixtures.PublicController;
import jp.itaku.archfixtures.PublicRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Spring Modulith does not check ({@link ModularityTests} checks the module
 * boundaries). Each rule runs against the application and, to prove that it can fail at
 * all, against a deliberate violation in {@code jp.itaku.archfixtures}, a test-only
 * package outside the application's scan.
 */
class ArchitectureTests {

	private static final JavaClasses APPLICATION = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("jp.itaku");

	private static final JavaClasses VIOLATIONS = new ClassFileImporter().importPackages("jp.itaku.archfixtures");

	static Stream<Arguments> rules() {
		return Stream.of(
				Arguments.of("no field injection", GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION,
						FieldInjectedService.class.getName()),
				Arguments.of("controllers are not public", controllersAreNotPublic(), PublicController.class.getName()),
				Arguments.of("repositories are not public", repositoriesAreNotPublic(),
						PublicRepository.class.getName()),
				Arguments.of("no java.util.Date or Calendar", noLegacyDates(), LegacyDates.class.getName()),
				Arguments.of("no System.out or printStackTrace",
						GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS, ConsolePrinter.class.getName()),
				Arguments.of("JSON controllers answer with records, not entities", jsonControllersHideEntities(),
						"jp.itaku.archfixtures.EntityExposingApi"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rules")
	void applicationFollowsTheRule(String name, ArchRule rule, String violatingClass) {
		rule.check(APPLICATION);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rules")
	void ruleReportsItsDeliberateViolation(String name, ArchRule rule, String violatingClass) {
		assertThat(rule.evaluate(VIOLATIONS).getFailureReport().getDetails())
			.anySatisfy((detail) -> assertThat(detail).contains(violatingClass));
	}

	private static ArchRule controllersAreNotPublic() {
		return classes().that()
			.areMetaAnnotatedWith(Controller.class)
			.and()
			.areNotAnnotations()
			.should()
			.notBePublic()
			.because("a module's web layer is not part of its API (STYLE.md 2)");
	}

	private static ArchRule repositoriesAreNotPublic() {
		return classes().that()
			.areAssignableTo(Repository.class)
			.or()
			.areMetaAnnotatedWith(org.springframework.stereotype.Repository.class)
			.should()
			.notBePublic()
			.because("other modules go through a module's facade, never its repository (STYLE.md 2)");
	}

	private static ArchRule noLegacyDates() {
		return noClasses().should()
			.dependOnClassesThat()
			.belongToAnyOf(Date.class)
			.orShould()
			.dependOnClassesThat()
			.areAssignableTo(Calendar.class)
			.because("time comes from java.time and the injected Clock, so that tests can move it");
	}

	private static ArchRule jsonControllersHideEntities() {
		return methods().that()
			.areDeclaredInClassesThat()
			.areMetaAnnotatedWith(RestController.class)
			.and()
			.areMetaAnnotatedWith(RequestMapping.class)
			.should(notAnswerWithAnEntity())
			.because("an entity in a response leaks its internals and couples the API to the table (STYLE.md 2)");
	}

	private static ArchCondition<JavaMethod> notAnswerWithAnEntity() {
		return new ArchCondition<>("not answer with a JPA entity") {

			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				boolean exposes = mentionsEntity(method.getReturnType());
				events.add(new SimpleConditionEvent(method, !exposes,
						method.getFullName() + (exposes ? " answers" : " does not answer") + " with a JPA entity"));
			}

		};
	}

	private static boolean mentionsEntity(JavaType type) {
		if (type instanceof JavaParameterizedType parameterized) {
			return mentionsEntity(parameterized.toErasure())
					|| parameterized.getActualTypeArguments().stream().anyMatch(ArchitectureTests::mentionsEntity);
		}
		if (type instanceof JavaWildcardType wildcard) {
			return wildcard.getUpperBounds().stream().anyMatch(ArchitectureTests::mentionsEntity);
		}
		return IS_ENTITY.test(type.toErasure().getBaseComponentType());
	}

	private static final DescribedPredicate<JavaClass> IS_ENTITY = DescribedPredicate.describe("a JPA entity",
			(javaClass) -> javaClass.isAnnotatedWith(Entity.class));

}
