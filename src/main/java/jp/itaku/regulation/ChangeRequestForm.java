package jp.itaku.regulation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a member proposes (規程 9 REV-02): what should change, why, the whole text as it
 * should read, and from when it should apply.
 *
 * @param title what should change, in a line
 * @param reason why
 * @param proposedText the whole regulation as proposed, one heading line (number, tab,
 * heading) before each section
 * @param proposedEffectiveOn the proposed 施行日; none for the day of approval
 * @param version the request's version when amending it, for optimistic locking
 */
public record ChangeRequestForm(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String reason,
		@NotBlank @Size(max = ChangeRequestForm.MAX_TEXT) String proposedText,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate proposedEffectiveOn, Long version) {

	static final int MAX_TEXT = 40000;

}
