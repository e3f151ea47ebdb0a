# corpus: modelled-on=pyodbc ETL worker: wheelhouse stage + Debian msodbcsql18 apt repo pinned to [arch=amd64] (rozekim/cims-edw-backend, Mohit-Bharti-cell/car)
# corpus: expect=AL205@7
FROM python:3.11-slim-bookworm AS wheels
WORKDIR /wheels
COPY requirements.txt .
# pre-fetch binary wheels so the runtime stage needs no compiler
RUN pip download --only-binary=:all: --platform manylinux2014_x86_64 \
        --python-version 3.11 -r requirements.txt -d /wheels

FROM python:3.11-slim-bookworm
ENV ACCEPT_EULA=Y DEBIAN_FRONTEND=noninteractive
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl gnupg unixodbc \
 && curl -fsSL https://packages.microsoft.com/keys/microsoft.asc | gpg --dearmor -o /usr/share/keyrings/microsoft-prod.gpg \
 && echo "deb [arch=amd64 signed-by=/usr/share/keyrings/microsoft-prod.gpg] https://packages.microsoft.com/debian/12/prod bookworm main" > /etc/apt/sources.list.d/mssql-release.list \
 && apt-get update \
 && apt-get install -y --no-install-recommends msodbcsql18 \
 && rm -rf /var/lib/apt/lists/*

COPY --from=wheels /wheels /wheels
RUN pip install --no-cache-dir --no-index --find-links=/wheels /wheels/*.whl && rm -rf /wheels
WORKDIR /opt/etl
COPY etl/ ./etl/
RUN useradd -m etl
USER etl
CMD ["python", "-m", "etl.run"]
