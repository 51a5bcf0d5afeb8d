package io.medallion.adapters.adls;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The lease of an emulated blob as Lease Blob documents it: one holder at a time, for 15 to 60
 * seconds or for ever; a lapsed lease may still be renewed or released by its holder as long as
 * nobody leased or wrote the blob since; a write or delete of a leased blob must name its lease.
 */
final class BlobLease {

  private String id;
  private Duration duration;
  private Instant expires;

  /** Lease Blob, {@code x-ms-lease-action: acquire}; gives the lease id. */
  String acquire(String proposed, long seconds, Instant now) {
    if (seconds != -1 && (seconds < 15 || seconds > 60)) {
      throw new DfsError(400, "InvalidHeaderValue");
    }
    if (isActive(now) && !id.equals(proposed)) {
      throw new DfsError(409, "LeaseAlreadyPresent");
    }
    id = proposed == null ? UUID.randomUUID().toString() : proposed;
    duration = seconds == -1 ? null : Duration.ofSeconds(seconds);
    expires = duration == null ? null : now.plus(duration);
    return id;
  }

  /** Lease Blob, {@code renew}: the lease runs its whole duration again from now. */
  String renew(String leaseId, Instant now) {
    holdsOrLapsedUntouched(leaseId);
    expires = duration == null ? null : now.plus(duration);
    return id;
  }

  /** Lease Blob, {@code release}: the blob may be leased by anyone at once. */
  void release(String leaseId) {
    holdsOrLapsedUntouched(leaseId);
    id = null;
  }

  /** Whether a write or delete naming {@code leaseId} (null: none) may go ahead. */
  void checkWrite(String leaseId, Instant now) {
    if (isActive(now) && leaseId == null) {
      throw new DfsError(412, "LeaseIdMissing");
    }
    if (isActive(now) && !id.equals(leaseId)) {
      throw new DfsError(412, "LeaseIdMismatchWithBlobOperation");
    }
    if (!isActive(now) && leaseId != null) {
      throw new DfsError(412, "LeaseNotPresentWithBlobOperation");
    }
  }

  /** A write went ahead: a lapsed lease can no longer be renewed or released. */
  void written(Instant now) {
    if (!isActive(now)) {
      id = null;
    }
  }

  /** Whether a lease is held now; a lapsed one is not. */
  boolean isActive(Instant now) {
    return id != null && (expires == null || now.isBefore(expires));
  }

  private void holdsOrLapsedUntouched(String leaseId) {
    if (id == null) {
      throw new DfsError(409, "LeaseNotPresentWithLeaseOperation");
    }
    if (!id.equals(leaseId)) {
      throw new DfsError(409, "LeaseIdMismatchWithLeaseOperation");
    }
  }
}
