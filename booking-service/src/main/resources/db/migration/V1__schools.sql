-- Schools that book test slots, known by their institution number.
CREATE TABLE school (
    institution_number VARCHAR(6)   PRIMARY KEY,
    name               VARCHAR(200) NOT NULL,
    municipality       VARCHAR(100) NOT NULL,
    created_at         TIMESTAMPTZ  NOT NULL,
    version            BIGINT       NOT NULL
);
