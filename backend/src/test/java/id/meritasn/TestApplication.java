package id.meritasn;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The backend is a library without main(); its integration tests boot it through this configuration. */
@SpringBootApplication
public class TestApplication {}
