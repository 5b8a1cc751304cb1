package jp.itaku.contractor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A 法人番号 when given: 13 digits with a valid check digit. Blank means "none" (foreign
 * companies have no 法人番号).
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CorporateNumberFormat.Validator.class)
@interface CorporateNumberFormat {

	String message() default "{contractor.validation.corporateNumber}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the value with {@link CorporateNumber#isValid}. */
	class Validator implements ConstraintValidator<CorporateNumberFormat, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || CorporateNumber.isValid(value.strip());
		}

	}

}
