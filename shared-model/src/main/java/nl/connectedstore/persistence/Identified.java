package nl.connectedstore.persistence;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/** Base of every entity: one shared, pooled sequence so inserts can be batched on H2 and PostgreSQL. */
@MappedSuperclass
public abstract class Identified {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    private Long id;

    public Long getId() {
        return id;
    }
}
