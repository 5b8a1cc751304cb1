package jp.itaku.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Marks a JSON controller under {@code /api/v1}: its refusals become problem details (RFC
 * 9457).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
@RequestMapping
public @interface ApiController {

	/** The path below which the controller answers, e.g. {@code /api/v1/contractors}. */
	@AliasFor(annotation = RequestMapping.class, attribute = "path")
	String[] value() default {};

}
