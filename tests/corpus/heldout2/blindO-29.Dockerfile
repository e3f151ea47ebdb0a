# corpus: modelled-on=UBI 9 python-311 image pre-downloading manylinux wheels for an offline install
# corpus: expect=AL205@10,AL302@18
FROM registry.access.redhat.com/ubi9/python-311:1-77 AS wheels
USER 0
WORKDIR /wheels
COPY requirements.txt .
# Grab binary wheels for the deployment target (no compilers in the final image)
RUN pip download --no-cache-dir -d /wheels \
      --only-binary=:all: \
      --platform manylinux2014_x86_64 --python-version 3.11 \
      -r requirements.txt

FROM registry.access.redhat.com/ubi9/python-311:1-77
USER 0
COPY --from=wheels /wheels /tmp/wheels
COPY vendor/ /tmp/vendor/
RUN pip install --no-cache-dir --no-index --find-links=/tmp/wheels /tmp/wheels/*.whl \
    && pip install --no-cache-dir /tmp/vendor/oracledb-2.5.0-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl \
    && rm -rf /tmp/wheels /tmp/vendor
USER 1001
WORKDIR /opt/app-root/src
COPY --chown=1001:0 app/ app/
EXPOSE 8080
CMD ["gunicorn", "-b", "0.0.0.0:8080", "app.wsgi:application"]
