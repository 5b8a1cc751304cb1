package jp.itaku.contractor;

import jakarta.persistence.Embeddable;

/**
 * A person at the contractor the organisation deals with.
 */
@Embeddable
public record Contact(String name, String department, String email, String phone, boolean primaryContact) {

}
