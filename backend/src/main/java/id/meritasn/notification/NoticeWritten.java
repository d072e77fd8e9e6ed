package id.meritasn.notification;

/** A notice was written into this agency's outbox; after the commit the dispatcher sends it at once. */
record NoticeWritten(String agency) {}
