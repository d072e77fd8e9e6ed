package id.meritasn.employee;

/** The result of validating an employee draft: storable values, or the refusal with every field at fault. */
sealed interface DraftCheck permits EmployeeValues, EmployeeWriter.Refusal {}
