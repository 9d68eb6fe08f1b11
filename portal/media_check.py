"""Whether the media bucket answers: one HEAD request, a few seconds at most."""

from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError
from django.core.files.storage import storages

# A deploy check waits this long for the store, then says it cannot reach it.
TIMEOUT_SECONDS = 5


def bucket_problem() -> str:
    """ "" when the renditions' bucket answers a HEAD with our keys, else why not."""
    storage = storages["image_renditions"]
    session = storage._create_session()
    client = session.client(
        "s3",
        region_name=storage.region_name,
        endpoint_url=storage.endpoint_url,
        config=storage.client_config.merge(
            Config(
                connect_timeout=TIMEOUT_SECONDS,
                read_timeout=TIMEOUT_SECONDS,
                retries={"max_attempts": 1},
            )
        ),
    )
    where = storage.endpoint_url or "S3"
    try:
        client.head_bucket(Bucket=storage.bucket_name)
    except ClientError as error:
        code = error.response.get("Error", {}).get("Code", "")
        if code in ("404", "NoSuchBucket"):
            return f"The media bucket “{storage.bucket_name}” does not exist at {where}."
        if code in ("403", "AccessDenied"):
            return f"The media bucket “{storage.bucket_name}” refuses these keys ({where})."
        return f"The media bucket “{storage.bucket_name}” answered {code or error} ({where})."
    except BotoCoreError as error:
        return f"The media bucket “{storage.bucket_name}” cannot be reached ({where}): {error}."
    return ""
