import { Checkbox, FormControlLabel } from '@mui/material';
import { FieldTitle, useInput, useResourceContext, type InputProps } from 'react-admin';

/** A labelled checkbox bound to a boolean field. */
export const CheckboxInput = ({ label, onChange, ...props }: InputProps & { onChange?: (checked: boolean) => void }) => {
  const resource = useResourceContext(props);
  const { field, id } = useInput({ ...props, type: 'checkbox' });
  return (
    <FormControlLabel
      sx={{ mr: 3 }}
      control={
        <Checkbox
          id={id}
          name={field.name}
          slotProps={{ input: { ref: field.ref } as object }}
          checked={!!field.value}
          onBlur={field.onBlur}
          onChange={(event) => {
            field.onChange(event.target.checked);
            onChange?.(event.target.checked);
          }}
          disabled={props.disabled}
        />
      }
      label={<FieldTitle label={label} source={props.source} resource={resource} />}
    />
  );
};
