# corpus: modelled-on=offline wheelhouse builds for scientific Python (pip download --platform) with mpi4py/numpy stack
# corpus: expect=AL205@8,AL208@11,AL303@16,AL302@18
FROM --platform=$BUILDPLATFORM python:3.12-slim AS wheels
WORKDIR /wheels
COPY requirements.txt .
# resolve binary wheels only so the runtime image needs no compilers
RUN pip download --only-binary=:all: \
        --platform manylinux2014_x86_64 --python-version 3.12 \
        -r requirements.txt -d /wheels

FROM --platform=$BUILDPLATFORM python:3.12-slim
RUN apt-get update && apt-get install -y --no-install-recommends \
        libopenmpi3 openmpi-bin libgomp1 \
    && rm -rf /var/lib/apt/lists/*
COPY --from=wheels /wheels /wheels
COPY dist/fastkde-0.9.2-cp312-cp312-manylinux_2_17_x86_64.whl /tmp/
RUN pip install --no-cache-dir --no-index --find-links=/wheels -r /wheels/requirements.txt \
 && pip install --no-cache-dir /tmp/fastkde-0.9.2-cp312-cp312-manylinux_2_17_x86_64.whl
WORKDIR /app
COPY analysis/ ./analysis/
USER nobody
CMD ["python", "-m", "analysis.run"]
