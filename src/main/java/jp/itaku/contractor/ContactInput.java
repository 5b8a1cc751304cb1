package jp.itaku.contractor;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One contact person as a form row or an API request sends it.
 */
record ContactInput(
		@NotBlank(message = "{contractor.validation.required}") @Size(max = 200,
				message = "{contractor.validation.tooLong}") String name,
		@Size(max = 200, message = "{contractor.validation.tooLong}") String department,
		@Email(message = "{contractor.validation.email}") @Size(max = 320,
				message = "{contractor.validation.tooLong}") String email,
		@Size(max = 50, message = "{contractor.validation.tooLong}") String phone, Boolean primaryContact) {

	static ContactInput empty() {
		return new ContactInput(null, null, null, null, false);
	}

	static ContactInput of(Contact contact) {
		return new ContactInput(contact.name(), contact.department(), contact.email(), contact.phone(),
				contact.primaryContact());
	}

	Contact toContact() {
		return new Contact(this.name.strip(), blankToNull(this.department), blankToNull(this.email),
				blankToNull(this.phone), Boolean.TRUE.equals(this.primaryContact));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
