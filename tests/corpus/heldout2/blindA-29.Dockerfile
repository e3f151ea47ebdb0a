# corpus: modelled-on=AWS Lambda container images for Graviton (public.ecr.aws/lambda/python:*-arm64) + pip download --platform manylinux2014_aarch64
# corpus: expect=AL209@4,AL205@8
# Graviton Lambda function image
FROM public.ecr.aws/lambda/python:3.12-arm64

COPY requirements.txt ${LAMBDA_TASK_ROOT}/
RUN pip download --no-cache-dir \
      --platform manylinux2014_aarch64 \
      --only-binary=:all: --python-version 3.12 --implementation cp \
      -d /tmp/wheels -r ${LAMBDA_TASK_ROOT}/requirements.txt \
 && pip install --no-cache-dir --no-index --find-links /tmp/wheels \
      -t ${LAMBDA_TASK_ROOT} -r ${LAMBDA_TASK_ROOT}/requirements.txt \
 && rm -rf /tmp/wheels

COPY handler.py ${LAMBDA_TASK_ROOT}/
COPY geo/ ${LAMBDA_TASK_ROOT}/geo/
ENV AWS_LAMBDA_LOG_FORMAT=JSON
CMD ["handler.main"]
