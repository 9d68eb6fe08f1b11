"""Where media files live, from the environment: pure functions for settings.py.

Unset ``DJANGO_S3_BUCKET``: two folders under MEDIA_ROOT (one server), and the
app serves the renditions itself. Set: one S3 (or S3-compatible: MinIO, moto)
bucket that every app server shares. Renditions go under ``renditions/``,
publicly readable and cached for a year (their names are content hashes);
originals under ``originals/``, private, and no signed address is ever made
for them (patients only ever get renditions; staff see renditions too).
"""

import json
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

S3_BACKEND = "storages.backends.s3.S3Storage"
# Every S3 variable; any of them set without the bucket is a half-made configuration.
S3_VARIABLES = (
    "DJANGO_S3_BUCKET",
    "DJANGO_S3_ENDPOINT_URL",
    "DJANGO_S3_REGION",
    "DJANGO_S3_ACCESS_KEY_ID",
    "DJANGO_S3_SECRET_ACCESS_KEY",
    "DJANGO_S3_PUBLIC_URL",
    "DJANGO_S3_ACLS",
)
# Rendition names change when their bytes do: a year, never revalidated.
RENDITION_CACHE_CONTROL = "public, max-age=31536000, immutable"
ORIGINAL_CACHE_CONTROL = "private, no-store"


@dataclass(frozen=True)
class Media:
    storages: dict  # the image_originals and image_renditions entries of STORAGES
    bucket: str = ""  # "" when the files are on this server's disk
    public_url: str = ""  # renditions' public base address on object storage, else ""
    problems: list[str] = field(default_factory=list)


def _value(environ, name: str) -> str:
    return (environ.get(name) or "").strip()


def local_media(media_root: Path, media_url: str) -> dict:
    return {
        "image_originals": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": media_root / "originals", "base_url": None},
        },
        "image_renditions": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {
                "location": media_root / "renditions",
                "base_url": media_url + "renditions/",
            },
        },
    }


def bucket_address(*, bucket: str, endpoint_url: str, region: str) -> str:
    """The bucket's own address (path style on an S3-compatible endpoint)."""
    if endpoint_url:
        return f"{endpoint_url.rstrip('/')}/{bucket}"
    if region:
        return f"https://{bucket}.s3.{region}.amazonaws.com"
    return f"https://{bucket}.s3.amazonaws.com"


def s3_problems(environ) -> list[str]:
    """Why this S3 configuration is half made (empty when it is whole, or absent)."""
    bucket = _value(environ, "DJANGO_S3_BUCKET")
    if not bucket:
        given = [name for name in S3_VARIABLES if _value(environ, name)]
        if given:
            return [
                f"{', '.join(given)} set but DJANGO_S3_BUCKET is not. Set DJANGO_S3_BUCKET "
                "to the bucket's name, or unset the DJANGO_S3_ variables to keep media "
                "under DJANGO_MEDIA_ROOT."
            ]
        return []
    problems = []
    if bool(_value(environ, "DJANGO_S3_ACCESS_KEY_ID")) != bool(
        _value(environ, "DJANGO_S3_SECRET_ACCESS_KEY")
    ):
        problems.append(
            "Only one of DJANGO_S3_ACCESS_KEY_ID and DJANGO_S3_SECRET_ACCESS_KEY is set. "
            "Set both, or neither (the server's role or AWS_* variables then give the keys)."
        )
    for name in ("DJANGO_S3_ENDPOINT_URL", "DJANGO_S3_PUBLIC_URL"):
        value = _value(environ, name)
        parts = urlsplit(value)
        if value and (parts.scheme not in ("http", "https") or not parts.netloc):
            problems.append(
                f"{name} is “{value}”: it must be a full address starting with https:// "
                "(or http:// on your own computer)."
            )
    acls = _value(environ, "DJANGO_S3_ACLS")
    if acls and acls not in ("0", "1"):
        problems.append(f"DJANGO_S3_ACLS is “{acls}”: set 1 (the default) or 0.")
    return problems


def s3_media(environ) -> tuple[dict, str]:
    """The two S3 storages, and the renditions' public base address."""
    bucket = _value(environ, "DJANGO_S3_BUCKET")
    endpoint_url = _value(environ, "DJANGO_S3_ENDPOINT_URL")
    region = _value(environ, "DJANGO_S3_REGION")
    public = _value(environ, "DJANGO_S3_PUBLIC_URL") or bucket_address(
        bucket=bucket, endpoint_url=endpoint_url, region=region
    )
    public = public.rstrip("/")
    # 0: the bucket has ACLs turned off (S3's "bucket owner enforced", the default
    # for new AWS buckets): a bucket policy makes renditions/* public (README).
    acls = _value(environ, "DJANGO_S3_ACLS") != "0"
    common = {
        "bucket_name": bucket,
        "endpoint_url": endpoint_url or None,
        "region_name": region or None,
        "access_key": _value(environ, "DJANGO_S3_ACCESS_KEY_ID") or None,
        "secret_key": _value(environ, "DJANGO_S3_SECRET_ACCESS_KEY") or None,
        # S3-compatible stores (MinIO, moto) answer at <endpoint>/<bucket>/.
        "addressing_style": "path" if endpoint_url else None,
        # Names are content hashes: the same name is the same bytes.
        "file_overwrite": True,
        # Never a signed address: renditions need none, originals get none.
        "querystring_auth": False,
    }
    public_parts = urlsplit(public)
    renditions = {
        **common,
        "location": "renditions",
        "default_acl": "public-read" if acls else None,
        "object_parameters": {"CacheControl": RENDITION_CACHE_CONTROL},
        # Addresses on the public host (a CDN, or the bucket): <public>/renditions/<name>.
        "custom_domain": public_parts.netloc + public_parts.path,
        "url_protocol": public_parts.scheme + ":",
    }
    originals = {
        **common,
        "location": "originals",
        "default_acl": "private" if acls else None,
        "object_parameters": {"CacheControl": ORIGINAL_CACHE_CONTROL},
    }
    storages = {
        "image_originals": {"BACKEND": S3_BACKEND, "OPTIONS": originals},
        "image_renditions": {"BACKEND": S3_BACKEND, "OPTIONS": renditions},
    }
    return storages, f"{public}/renditions/"


def media_settings(environ, *, media_root: Path, media_url: str) -> Media:
    problems = s3_problems(environ)
    bucket = _value(environ, "DJANGO_S3_BUCKET")
    if not bucket or problems:
        return Media(storages=local_media(media_root, media_url), problems=problems)
    storages, public_url = s3_media(environ)
    return Media(storages=storages, bucket=bucket, public_url=public_url)


def public_renditions_policy(bucket: str) -> str:
    """The bucket policy that lets anyone read renditions/ (and nothing else), for
    a bucket with ACLs turned off (DJANGO_S3_ACLS=0). README "Media on object storage"."""
    return json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Sid": "PublicRenditions",
                    "Effect": "Allow",
                    "Principal": "*",
                    "Action": "s3:GetObject",
                    "Resource": f"arn:aws:s3:::{bucket}/renditions/*",
                }
            ],
        },
        indent=2,
    )
