"""Media on object storage: the DJANGO_S3_ variables make the image
library's two storages parts of one bucket, and a real S3 API (moto's server
mode) shared by two gunicorn servers serves what one of them stored."""

import hashlib
import io
import json
import subprocess
import sys
import urllib.error
import urllib.request

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from PIL import Image as PillowImage

from articles.models import Article
from images.models import Image
from portal.media_storage import RENDITION_CACHE_CONTROL, media_settings
from tests.factories import ArticleFactory, StaffFactory
from tests.portal.servers import ROOT, Gunicorn, RedisServer, production_env
from tests.support.forms import form_values
from tests.support.staff import HttpStaff

MEDIA_ROOT = ROOT / "media-for-tests"


def media(**env):
    return media_settings(env, media_root=MEDIA_ROOT, media_url="/media/")


def options(result, name):
    return result.storages[name]["OPTIONS"]


def anonymous_get(url: str):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


# --- The configuration (pure) ---


def test_without_a_bucket_media_are_folders_under_media_root():
    result = media()
    assert result.bucket == "" and result.public_url == "" and result.problems == []
    assert options(result, "image_originals")["location"] == MEDIA_ROOT / "originals"
    assert options(result, "image_renditions")["location"] == MEDIA_ROOT / "renditions"
    assert options(result, "image_renditions")["base_url"] == "/media/renditions/"


def test_a_bucket_makes_renditions_public_and_originals_private():
    result = media(
        DJANGO_S3_BUCKET="clinic-media",
        DJANGO_S3_ENDPOINT_URL="http://127.0.0.1:9000",
        DJANGO_S3_ACCESS_KEY_ID="key",
        DJANGO_S3_SECRET_ACCESS_KEY="secret",
    )
    assert result.problems == [] and result.bucket == "clinic-media"
    renditions = options(result, "image_renditions")
    originals = options(result, "image_originals")
    for storage in (renditions, originals):
        assert result.storages["image_renditions"]["BACKEND"] == "storages.backends.s3.S3Storage"
        assert storage["bucket_name"] == "clinic-media"
        assert storage["endpoint_url"] == "http://127.0.0.1:9000"
        assert storage["addressing_style"] == "path"
        assert storage["querystring_auth"] is False  # no signed address, ever
    assert (renditions["location"], renditions["default_acl"]) == ("renditions", "public-read")
    assert (originals["location"], originals["default_acl"]) == ("originals", "private")
    assert renditions["object_parameters"]["CacheControl"] == RENDITION_CACHE_CONTROL
    assert "custom_domain" not in originals
    # Without DJANGO_S3_PUBLIC_URL, renditions are addressed at the bucket itself.
    assert renditions["custom_domain"] == "127.0.0.1:9000/clinic-media"
    assert renditions["url_protocol"] == "http:"
    assert result.public_url == "http://127.0.0.1:9000/clinic-media/renditions/"


def test_the_public_url_names_the_cdn_renditions_are_served_from():
    result = media(
        DJANGO_S3_BUCKET="clinic-media", DJANGO_S3_PUBLIC_URL="https://cdn.clinic.example/"
    )
    renditions = options(result, "image_renditions")
    assert (renditions["url_protocol"], renditions["custom_domain"]) == (
        "https:",
        "cdn.clinic.example",
    )
    assert result.public_url == "https://cdn.clinic.example/renditions/"


def test_amazon_s3_without_an_endpoint_uses_the_buckets_own_address():
    result = media(DJANGO_S3_BUCKET="clinic-media", DJANGO_S3_REGION="eu-west-2")
    assert result.public_url == "https://clinic-media.s3.eu-west-2.amazonaws.com/renditions/"
    assert options(result, "image_renditions")["addressing_style"] is None


def test_a_bucket_without_acls_sends_none():
    result = media(DJANGO_S3_BUCKET="clinic-media", DJANGO_S3_ACLS="0")
    assert options(result, "image_renditions")["default_acl"] is None
    assert options(result, "image_originals")["default_acl"] is None


@pytest.mark.parametrize(
    ("env", "words"),
    [
        ({"DJANGO_S3_ENDPOINT_URL": "http://127.0.0.1:9000"}, "DJANGO_S3_BUCKET is not"),
        ({"DJANGO_S3_PUBLIC_URL": "https://cdn.example"}, "DJANGO_S3_BUCKET is not"),
        (
            {"DJANGO_S3_BUCKET": "clinic-media", "DJANGO_S3_ACCESS_KEY_ID": "key"},
            "Only one of DJANGO_S3_ACCESS_KEY_ID and DJANGO_S3_SECRET_ACCESS_KEY",
        ),
        (
            {"DJANGO_S3_BUCKET": "clinic-media", "DJANGO_S3_PUBLIC_URL": "cdn.example"},
            "DJANGO_S3_PUBLIC_URL is “cdn.example”",
        ),
        (
            {"DJANGO_S3_BUCKET": "clinic-media", "DJANGO_S3_ENDPOINT_URL": "minio:9000"},
            "DJANGO_S3_ENDPOINT_URL is “minio:9000”",
        ),
        ({"DJANGO_S3_BUCKET": "clinic-media", "DJANGO_S3_ACLS": "yes"}, "DJANGO_S3_ACLS"),
    ],
)
def test_a_half_made_configuration_is_named_and_stores_nothing_remotely(env, words):
    result = media(**env)
    (problem,) = result.problems
    assert words in problem
    assert result.bucket == ""  # never half on S3


# --- Failing fast (fresh processes, as a server starts) ---


def run(args, **env):
    clean = production_env("sqlite://:memory:", ROOT / "staticfiles", **env)
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=clean, capture_output=True, text=True, timeout=120
    )


def test_gunicorn_refuses_to_start_on_half_made_object_storage():
    result = run(["-c", "import portal.wsgi"], DJANGO_S3_ENDPOINT_URL="http://127.0.0.1:9000")
    assert result.returncode != 0
    assert "DJANGO_S3_ENDPOINT_URL set but DJANGO_S3_BUCKET is not" in result.stderr


def test_manage_py_commands_stop_on_half_made_object_storage():
    result = run(
        ["manage.py", "check"], DJANGO_DEBUG="1", DJANGO_S3_PUBLIC_URL="https://cdn.example"
    )
    assert result.returncode != 0
    assert "portal.E014" in result.stderr
    assert "DJANGO_S3_PUBLIC_URL set but DJANGO_S3_BUCKET is not" in result.stderr


def test_check_deploy_fails_when_the_bucket_is_missing_and_passes_when_it_answers(moto_s3):
    bucket = f"deploy-check-{moto_s3.port}"
    command = ["manage.py", "check", "--deploy", "--tag", "media", "--fail-level", "WARNING"]
    missing = run(command, **moto_s3.env(bucket))
    assert missing.returncode != 0
    assert "portal.E015" in missing.stderr
    assert f"The media bucket “{bucket}” does not exist at {moto_s3.url}" in missing.stderr

    moto_s3.create_bucket(bucket)
    answering = run(command, **moto_s3.env(bucket))
    assert answering.returncode == 0, answering.stderr


def test_check_deploy_names_a_store_that_cannot_be_reached():
    from tests.portal.servers import free_port

    env = {"DJANGO_S3_BUCKET": "clinic-media"}
    env["DJANGO_S3_ENDPOINT_URL"] = f"http://127.0.0.1:{free_port()}"  # nothing listens
    env |= {"DJANGO_S3_ACCESS_KEY_ID": "key", "DJANGO_S3_SECRET_ACCESS_KEY": "secret"}
    result = run(["manage.py", "check", "--deploy", "--tag", "media"], **env)
    assert result.returncode != 0
    assert "portal.E015" in result.stderr and "cannot be reached" in result.stderr


# --- Two app servers sharing PostgreSQL, Redis and a real S3 API ---

# What server B's pages put in <picture>: every address of the picture.
PICTURE = """
import json, sys
import django
django.setup()
from images.selectors import pictures

picture = pictures([int(sys.argv[1])])[int(sys.argv[1])]
print(json.dumps({
    "fallback_src": picture.fallback_src,
    "srcset_urls": [
        part.strip().split(" ")[0] for source in picture.sources for part in source.srcset.split(",")
    ],
}))
"""


def run_as(env: dict, code: str, *args: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def jpeg_with_gps(path) -> bytes:
    picture = PillowImage.new("RGB", (800, 600), (200, 120, 90))
    exif = PillowImage.Exif()
    exif[0x8825] = {1: "N", 2: (41.0, 52.0, 0.0)}  # GPSInfo: where it was taken
    picture.save(path, "JPEG", exif=exif.tobytes())
    return path.read_bytes()


@pytest.fixture
def cluster(transactional_db, static_root, moto_s3):
    """Server A and server B: gunicorn with production settings, one database,
    one Redis, one bucket."""
    bucket = f"portal-media-{moto_s3.port}"
    moto_s3.create_bucket(bucket)
    redis = RedisServer()
    redis.start()
    db = connection.settings_dict
    url = f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    env = production_env(url, static_root, REDIS_URL=redis.url, **moto_s3.env(bucket))
    servers = []
    try:
        servers = [Gunicorn(env), Gunicorn(env)]
        yield env, bucket, servers
    finally:
        for server in servers:
            server.stop()
        redis.stop()


def test_an_image_stored_through_one_server_shows_through_the_other(cluster, moto_s3, tmp_path):
    env, bucket, (server_a, server_b) = cluster
    for server in (server_a, server_b):
        assert server.get("/healthz")[0] == 200
    upload = jpeg_with_gps(tmp_path / "knee.jpg")

    # An author uploads it through server A's image admin, as in a browser.
    StaffFactory(username="ana", role="Author")
    author = HttpStaff(server_a.url, "ana")
    form = author.get("/admin/images/image/add/")[1]
    values = form_values(form, "image_form") | {
        "title": "Knee, side view",
        "source": "clinic",
        "alt_text": "A knee seen from the side",
        "file": SimpleUploadedFile("knee.jpg", upload, content_type="image/jpeg"),
    }
    status, page, address = author.post("/admin/images/image/add/", values)
    assert status == 200 and address.endswith("/admin/images/image/"), page[:2000]
    image = Image.objects.get(title="Knee, side view")
    stored = {"id": image.pk, "original": image.file.name}
    shown = run_as(env, PICTURE, str(stored["id"]))

    # Server B's picture is addressed at the bucket's public address...
    renditions_url = f"{moto_s3.url}/{bucket}/renditions/"
    urls = [shown["fallback_src"], *shown["srcset_urls"]]
    assert shown["srcset_urls"] and all(url.startswith(renditions_url) for url in urls), urls
    # ...which anyone may read: re-encoded pictures, cached for a year, no EXIF.
    for url in urls:
        status, headers, body = anonymous_get(url)
        assert status == 200, url
        assert headers["Cache-Control"] == RENDITION_CACHE_CONTROL
        assert b"Exif" not in body and body != upload
    status, headers, body = anonymous_get(shown["fallback_src"])
    assert headers["Content-Type"] in ("image/jpeg", "image/png")
    with PillowImage.open(io.BytesIO(body)) as picture:
        assert picture.size[0] <= 800 and picture.size[0] * 3 == picture.size[1] * 4
    # The app servers do not serve media themselves on object storage.
    fallback_name = shown["fallback_src"].removeprefix(renditions_url)
    assert server_b.get("/media/renditions/" + fallback_name)[0] == 404

    # A live article with it as its lead image: server B's page shows it from
    # the bucket.
    article = ArticleFactory(published=True)
    Article.objects.filter(pk=article.pk).update(lead_image_id=stored["id"])
    status, headers, page = server_b.get(article.get_absolute_url())
    assert status == 200
    assert "<picture>" in page and shown["fallback_src"] in page
    # The page's CSP lets browsers load pictures from the bucket's host.
    policy = headers["Content-Security-Policy"].split(";")
    img_src = next(part for part in policy if part.strip().startswith("img-src"))
    assert moto_s3.url in img_src.split()

    # The original is in the bucket, private: a GET without credentials on its
    # object's address is refused.
    original_key = f"originals/{stored['original']}"
    kept = moto_s3.client().get_object(Bucket=bucket, Key=original_key)["Body"].read()
    assert hashlib.sha256(kept).hexdigest() == hashlib.sha256(upload).hexdigest()
    assert anonymous_get(f"{moto_s3.url}/{bucket}/{original_key}")[0] == 403
    assert server_b.get("/media/originals/" + stored["original"])[0] == 404


def test_a_bucket_without_acls_opens_renditions_by_its_policy(moto_s3):
    """DJANGO_S3_ACLS=0 (a bucket whose owner enforces no ACLs): the README's bucket
    policy makes renditions/* public; originals stay private."""
    from django.core.files.base import ContentFile
    from django.core.files.storage import storages
    from django.test import override_settings

    from portal.media_storage import public_renditions_policy, s3_media

    bucket = f"no-acls-{moto_s3.port}"
    moto_s3.create_bucket(bucket)
    moto_s3.client().put_bucket_policy(Bucket=bucket, Policy=public_renditions_policy(bucket))
    s3, _public = s3_media(moto_s3.env(bucket, DJANGO_S3_ACLS="0"))
    with override_settings(STORAGES={**storages.backends, **s3}):
        storages["image_renditions"].save("1/abc-320.jpg", ContentFile(b"rendition"))
        storages["image_originals"].save("ab/abcdef", ContentFile(b"original"))
        rendition_url = storages["image_renditions"].url("1/abc-320.jpg")
        original_url = storages["image_originals"].url("ab/abcdef")
    assert anonymous_get(rendition_url)[:1] == (200,)
    assert anonymous_get(original_url)[0] == 403


def test_every_s3_variable_is_documented():
    from portal.media_storage import S3_VARIABLES

    readme = (ROOT / "README.md").read_text()
    example = (ROOT / ".env.example").read_text()
    for name in (*S3_VARIABLES, "DJANGO_MEDIA_ROOT"):
        assert f"`{name}`" in readme, name
        assert f"{name}=" in example, name
